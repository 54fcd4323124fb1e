#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Trellis::Core {

// Reads a user's text file as UTF-8 without ever trusting it: a missing or unreadable file, a
// file larger than maxBytes, a binary file (NUL bytes) and invalid UTF-8 each come back as an
// Error that names the file (and the line, where there is one). Thread-safe; no state.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::TextFile)

public:
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;

    static Result<QByteArray> readUtf8(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
    static Result<QString> read(const QString &path, qint64 maxBytes = kDefaultMaxBytes);

    // Replaces the file's contents all at once (QSaveFile): a crash or a full disk leaves the old
    // contents in place, never a half-written file.
    static Result<void> writeAtomically(const QString &path, const QByteArray &contents);
};

} // namespace Trellis::Core
