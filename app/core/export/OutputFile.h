#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace pd {

/// The one way an export writes its file. The bytes go to a temporary file in the target's
/// folder, which is renamed into place only when complete, and only onto a regular file or a
/// new name: a device (/dev/null, /dev/full), a folder, a pipe or a dangling link is refused
/// with a one-line message before anything is written, never replaced. "-" is standard output.
///
/// A link to a regular file is followed: the temporary file goes beside the link's target,
/// which is replaced, so the link stays a link (as editors do). Only where following would let
/// someone else redirect the write is the link refused: a link in a shared folder (sticky and
/// writable by others, like /tmp) that neither the writer nor the folder's owner made; the
/// same rule as the kernel's protected_symlinks, which a rename does not get by itself.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(pd::OutputFile)
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Why path cannot be written, or empty when it can: what open() checks, for a caller that
    /// wants to refuse before doing the work.
    static QString problem(const QString &path);
    /// Writes bytes to path in one go: true, or false with *error and the target unchanged.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    /// Checks the path and opens the temporary file (or standard output).
    bool open(QString *error);
    /// Where the bytes go until commit(); null before open().
    QIODevice *device() const;
    /// Moves the complete file into place (flushes standard output). On failure the target is
    /// as it was, the temporary file is gone and *error says why.
    bool commit(QString *error);
    /// Drops what was written; the target stays as it was.
    void cancel();

    bool isStandardOutput() const { return m_path == QLatin1String("-"); }
    /// The file that is replaced: the path, or the target of the link it names.
    QString targetPath() const { return m_target; }

private:
    QString m_path;
    QString m_target;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

} // namespace pd
