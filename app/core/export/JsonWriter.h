#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

/// Writes JSON straight into a buffer, indented as QJsonDocument::Indented does, without
/// building a document first: export-json at 50,000 indicators spent most of its time in
/// QJsonObject and QCborValue. Keys keep the order they are written in.
class JsonWriter
{
public:
    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();

    void value(const char *key, const QString &text);
    void value(const char *key, double number);
    void value(const char *key, qint64 number);
    void value(const char *key, int number) { value(key, qint64(number)); }
    void value(const char *key, const std::optional<double> &number); ///< null when empty
    void null(const char *key);
    void boolean(const char *key, bool flag); ///< true or false

    /// The text, ending with a newline; the writer is empty afterwards.
    QByteArray take();

private:
    void open(const char *key, char bracket);
    void close(char bracket);
    void prefix(const char *key);
    void string(const QString &text);

    QByteArray m_out;
    std::vector<bool> m_first; ///< per open container: nothing written in it yet
};

} // namespace pd
