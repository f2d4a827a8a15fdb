#include "export/OutputFile.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace pd {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Whether the link at path may be followed: not a link someone else left in a shared folder.
bool safeToFollow(const QString &path)
{
    struct stat link;
    struct stat folder;
    const QByteArray name = QFile::encodeName(path);
    const QByteArray parent = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::lstat(name.constData(), &link) != 0 || ::stat(parent.constData(), &folder) != 0)
        return false;
    const bool shared = (folder.st_mode & S_ISVTX) && (folder.st_mode & S_IWOTH);
    return !shared || link.st_uid == ::geteuid() || link.st_uid == folder.st_uid;
}

/// The file a path finally names, following links; empty with *problem when it cannot be.
QString resolve(const QString &path, QString *problem)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int depth = 0; QFileInfo(current).isSymLink(); ++depth) {
        if (depth == 40) {
            *problem = OutputFile::tr("Cannot write %1: it is a loop of links.").arg(shown(path));
            return {};
        }
        if (!safeToFollow(current)) {
            *problem = OutputFile::tr("Cannot write %1: it is a link in a shared folder made by "
                                      "another user.")
                           .arg(shown(path));
            return {};
        }
        const QString next = QFileInfo(current).symLinkTarget();
        if (!QFileInfo(next).isSymLink() && !QFileInfo::exists(next)) {
            *problem = OutputFile::tr("Cannot write %1: it is a link to %2, which does not exist.")
                           .arg(shown(path), shown(next));
            return {};
        }
        current = next;
    }
    return current;
}

/// Why the resolved target cannot take the file, or empty: only a regular file or a new name.
QString targetProblem(const QString &path, const QString &target)
{
    const QFileInfo info(target);
    if (!info.exists()) {
        if (!QFileInfo(info.absolutePath()).isDir())
            return OutputFile::tr("Cannot write %1: the folder %2 does not exist.")
                .arg(shown(path), shown(info.absolutePath()));
        return {};
    }
    if (info.isDir())
        return OutputFile::tr("Cannot write %1: it is a folder.").arg(shown(path));
    struct stat st = {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0 && S_ISREG(st.st_mode))
        return {};
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return OutputFile::tr("Cannot write %1: it is a device, not a file; use \"-\" for "
                              "standard output.")
            .arg(shown(path));
    return OutputFile::tr("Cannot write %1: it is not a regular file.").arg(shown(path));
}

} // namespace

OutputFile::OutputFile(const QString &path) : m_path(path) {}

OutputFile::~OutputFile()
{
    cancel();
}

QString OutputFile::problem(const QString &path)
{
    if (path.isEmpty())
        return tr("No file name given.");
    if (path == QLatin1String("-"))
        return {};
    QString why;
    const QString target = resolve(path, &why);
    return target.isEmpty() ? why : targetProblem(path, target);
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    QString why;
    if (!file.open(&why) || file.device()->write(bytes) != bytes.size() || !file.commit(&why)) {
        if (why.isEmpty())
            why = tr("Cannot write %1: %2").arg(shown(path), file.device()->errorString());
        file.cancel();
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool OutputFile::open(QString *error)
{
    cancel();
    QString why = problem(m_path);
    if (why.isEmpty() && isStandardOutput()) {
        m_stdout = std::make_unique<QFile>();
        if (m_stdout->open(STDOUT_FILENO, QIODevice::WriteOnly))
            return true;
        why = tr("Cannot write to standard output: %1").arg(m_stdout->errorString());
        m_stdout.reset();
    } else if (why.isEmpty()) {
        m_target = resolve(m_path, &why);
        m_file = std::make_unique<QSaveFile>(m_target);
        if (m_file->open(QIODevice::WriteOnly))
            return true;
        why = tr("Cannot write %1: %2").arg(shown(m_path), m_file->errorString());
        m_file.reset();
    }
    if (error)
        *error = why;
    return false;
}

QIODevice *OutputFile::device() const
{
    if (m_stdout)
        return m_stdout.get();
    return m_file.get();
}

bool OutputFile::commit(QString *error)
{
    QString why;
    if (m_stdout) {
        if (!m_stdout->flush() || m_stdout->error() != QFileDevice::NoError)
            why = tr("Cannot write to standard output: %1").arg(m_stdout->errorString());
        m_stdout.reset();
    } else if (m_file) {
        // Checked again: the target may have become a device or a folder while we wrote.
        why = targetProblem(m_path, m_target);
        if (!why.isEmpty())
            m_file->cancelWriting();
        if (!m_file->commit() && why.isEmpty())
            why = tr("Cannot write %1: %2").arg(shown(m_path), m_file->errorString());
        m_file.reset();
    } else {
        why = tr("Cannot write %1: %2").arg(shown(m_path), tr("the file is not open."));
    }
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

void OutputFile::cancel()
{
    if (m_file)
        m_file->cancelWriting(); // the QSaveFile destructor then removes the temporary file
    m_file.reset();
    if (m_stdout)
        m_stdout->flush();
    m_stdout.reset();
}

} // namespace pd
