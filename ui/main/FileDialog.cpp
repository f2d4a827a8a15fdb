#include "main/FileDialog.h"

#include <QFileDialog>

namespace pd {

QStringList FileDialog::s_nextFileNames;

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption,
                                         const QString &dir, const QString &filter)
{
    QString fileNames;
    if (takeNext(&fileNames))
        return fileNames.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption,
                                         const QString &dir)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileNames.append(fileName);
}

int FileDialog::pendingFileNames()
{
    return int(s_nextFileNames.size());
}

bool FileDialog::takeNext(QString *fileName)
{
    if (s_nextFileNames.isEmpty())
        return false;
    *fileName = s_nextFileNames.takeFirst();
    return true;
}

} // namespace pd
