#include "recoverystore.h"

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLockFile>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

namespace Trellis::App {

namespace {

const char kLockName[] = "session.lock";
const char kBackupSuffix[] = ".backup";
constexpr quint32 kMagic = 0x54524c42; // "TRLB"
constexpr qint32 kFormatVersion = 1;

void writeBackup(const QString &file, const QString &path, const QString &text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return; // a backup is best effort; the buffer itself is untouched
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << kMagic << kFormatVersion << path << text;
    out.commit();
}

std::optional<RecoveredBuffer> readBackup(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint32 version = 0;
    RecoveredBuffer buffer;
    stream >> magic >> version;
    if (magic != kMagic || version != kFormatVersion)
        return std::nullopt;
    stream >> buffer.path >> buffer.text;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return buffer;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
    m_sessionFolder = QDir(folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QDir().mkpath(m_sessionFolder);
    m_sessionLock
        = std::make_unique<QLockFile>(QDir(m_sessionFolder).filePath(QLatin1String(kLockName)));
    m_sessionLock->tryLock(0);

    m_io.setMaxThreadCount(1); // one writer keeps writes and removals of a file in order
    m_delay.setSingleShot(true);
    m_delay.setInterval(kBackupDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &RecoveryStore::backUpNow);
}

RecoveryStore::~RecoveryStore()
{
    m_io.waitForDone();
    m_sessionLock->unlock();
    QDir(m_sessionFolder).removeRecursively();
}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

void RecoveryStore::track(Widgets::EditorArea *editors)
{
    m_editors = editors;
    connect(editors, &Widgets::EditorArea::buffersChanged, this, [this] {
        // Saved and closed buffers lose their backup at once; edits wait for the next round,
        // which is not pushed back by further typing, so a backup is never older than the delay.
        removeBackupsOfSavedBuffers();
        if (!m_delay.isActive())
            m_delay.start();
    });
}

void RecoveryStore::backUpNow()
{
    m_delay.stop();
    if (!m_editors)
        return;
    bool queued = false;
    for (const Widgets::EditorTab *tab : m_editors->tabs()) {
        if (!tab->needsSaving())
            continue;
        const auto written = m_backedUp.constFind(tab->filePath());
        if (written != m_backedUp.cend() && *written == tab->revision())
            continue;
        m_backedUp.insert(tab->filePath(), tab->revision());
        m_io.start([file = backupFile(tab->filePath()), path = tab->filePath(),
                    text = tab->editor()->text()] { writeBackup(file, path, text); });
        queued = true;
    }
    if (!queued)
        return;
    QPointer<RecoveryStore> guard(this);
    m_io.start([guard] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard] {
                if (guard)
                    Q_EMIT guard->backedUp();
            },
            Qt::QueuedConnection);
    });
}

void RecoveryStore::removeBackupsOfSavedBuffers()
{
    for (auto it = m_backedUp.begin(); it != m_backedUp.end();) {
        const Widgets::EditorTab *tab = m_editors->tabOfFile(it.key());
        if (tab && tab->needsSaving()) {
            ++it;
            continue;
        }
        m_io.start([file = backupFile(it.key())] { QFile::remove(file); });
        it = m_backedUp.erase(it);
    }
}

void RecoveryStore::waitForWrites()
{
    m_io.waitForDone();
}

QString RecoveryStore::backupFile(const QString &path) const
{
    const QByteArray key = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_sessionFolder)
        .filePath(QString::fromLatin1(key.toHex().left(16)) + QLatin1String(kBackupSuffix));
}

std::vector<RecoveredBuffer> RecoveryStore::claimOrphans()
{
    std::vector<RecoveredBuffer> buffers;
    const QDir root(m_folder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = root.filePath(name);
        if (folder == m_sessionFolder)
            continue;
        // QLockFile takes over a lock whose process is no longer running; a live session's
        // lock stays refused.
        auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QLatin1String(kLockName)));
        if (!lock->tryLock(0))
            continue;
        const QDir session(folder);
        for (const QString &file : session.entryList(
                 {QLatin1String("*") + QLatin1String(kBackupSuffix)}, QDir::Files, QDir::Name)) {
            if (std::optional<RecoveredBuffer> buffer = readBackup(session.filePath(file)))
                buffers.push_back(std::move(*buffer));
        }
        m_claimed.emplace_back(folder, std::move(lock));
    }
    return buffers;
}

void RecoveryStore::discardOrphans()
{
    for (auto &[folder, lock] : m_claimed) {
        lock->unlock();
        QDir(folder).removeRecursively();
    }
    m_claimed.clear();
}

} // namespace Trellis::App
