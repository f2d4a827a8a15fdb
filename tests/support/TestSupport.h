#pragma once

// Fixtures every test uses: a temporary data file, a fixed "today", a small sample plan, the
// built-in report, reading and writing files. Core only (no QtWidgets): the core tests link this
// and pdcore alone.

#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace pd {
class PlanStore;
}

namespace pd::test {

/// The built-in Chengdu 2024 report, as shipped in resources/.
QString builtinReportText();

/// Path of a file under tests/data.
QString dataPath(const QString &name);

/// A small plan of 2024 that does not depend on the parser: main targets (M1 growth ≈6 %,
/// M2 cap ≤5.5 %), one area with a section (A1.1.1 count ≥500 家, A1.1.2 level ≥95 % from a
/// baseline of 90), and one livelihood project (L1.1 count 1000 公里).
ParsedPlan samplePlan();

/// The file's bytes, or empty when it cannot be read (or does not exist).
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

/// A data file's bytes as a reader would see them: the file itself followed by its write-ahead
/// log (PlanStore keeps the file in WAL mode, so a change may sit in "-wal" until a checkpoint).
/// Equal before and after means nothing was written.
QByteArray dataFileBytes(const QString &path);

/// \name The engine the store tests run on (issue 19)
/// PD_TEST_ENGINE=postgres runs them on the test server (PostgresServer): each data file path
/// stands for a database of its own, made at its first open, so reopening a path reopens that
/// plan. Tests about files themselves (their bytes, permissions, old versions, backups) skip
/// there with PD_FILE_ONLY.
///@{
bool onServer();
/// Why the tests cannot run on the engine asked for (no server here); empty when they can.
QString engineUnavailable();
/// Opens store on the data file path, or on the server the database that stands for it.
bool openStore(PlanStore &store, const QString &path, QString *error);
///@}
#define PD_FILE_ONLY(why)                                                                          \
    do {                                                                                           \
        if (pd::test::onServer())                                                                  \
            QSKIP("about data files, not a server: " why);                                         \
    } while (false)

/// A data file path in a temporary folder of its own, removed with the object. The file is not
/// created: opening a PlanStore on path() makes it.
class TempDataFile
{
public:
    explicit TempDataFile(const QString &name = QStringLiteral("plan.sqlite"));

    bool isValid() const { return m_dir.isValid(); }
    /// The data file.
    QString path() const { return m_path; }
    /// Another file in the same folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString dirPath() const { return m_dir.path(); }
    /// Imports samplePlan() into the file (creating it); false with *error on failure.
    bool importSamplePlan(QString *error = nullptr) const;
    QByteArray bytes() const { return dataFileBytes(m_path); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

/// Fixes pd::Clock::today() at date while it lives, in this process and, through PD_TODAY, in
/// the programs it starts (the real binary in the command-line tests); puts back what was there.
class FixedToday
{
public:
    explicit FixedToday(const QDate &date);
    ~FixedToday();
    FixedToday(const FixedToday &) = delete;
    FixedToday &operator=(const FixedToday &) = delete;

private:
    QDate m_previousFixed;
    QByteArray m_previousEnvironment;
    bool m_hadEnvironment = false;
};

} // namespace pd::test
