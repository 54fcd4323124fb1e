#include "textfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace Trellis::Core {

namespace {

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Position of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int continuation = 0;
        if (lead < 0x80)
            continuation = 0;
        else if (lead >= 0xC2 && lead <= 0xDF)
            continuation = 1;
        else if (lead >= 0xE0 && lead <= 0xEF)
            continuation = 2;
        else if (lead >= 0xF0 && lead <= 0xF4)
            continuation = 3;
        else
            return i;
        if (i + continuation >= size)
            return i;
        for (int k = 1; k <= continuation; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        // Overlong three-byte forms, surrogates and code points past U+10FFFF.
        if ((lead == 0xE0 && data[i + 1] < 0xA0) || (lead == 0xED && data[i + 1] > 0x9F)
            || (lead == 0xF0 && data[i + 1] < 0x90) || (lead == 0xF4 && data[i + 1] > 0x8F))
            return i;
        i += continuation + 1;
    }
    return -1;
}

} // namespace

Result<QByteArray> TextFile::readUtf8(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())});
    if (file.size() > maxBytes) {
        return fail(Error{path, 0, 0,
                          tr("the file is too large to read (%1 MB; the limit is %2 MB)")
                              .arg(file.size() / (1024 * 1024))
                              .arg(maxBytes / (1024 * 1024))});
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Error{path, 0, 0, tr("cannot read the file: %1").arg(file.errorString())});
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return fail(Error{path, lineOfOffset(bytes, nul), 0,
                          tr("this is a binary file, not text (it contains a NUL byte)")});
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        return fail(Error{path, lineOfOffset(bytes, bad), int(bad - lineStart) + 1,
                          tr("the file is not valid UTF-8; save it as UTF-8")});
    }
    return bytes;
}

Result<QString> TextFile::read(const QString &path, qint64 maxBytes)
{
    Result<QByteArray> bytes = readUtf8(path, maxBytes);
    if (!bytes)
        return fail(bytes.error());
    return QString::fromUtf8(*bytes);
}

} // namespace Trellis::Core

namespace Trellis::Core {

Result<void> TextFile::writeAtomically(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error{path, 0, 0, tr("cannot write the file: %1").arg(file.errorString())});
    if (file.write(contents) != contents.size() || !file.commit())
        return fail(Error{path, 0, 0, tr("cannot save the file: %1").arg(file.errorString())});
    return {};
}

} // namespace Trellis::Core
