#pragma once

// What the SQLite benchmarks share: the deterministic seed file, medians, and running the
// sqlite3 shell on a script for comparison.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace Trellis::Bench {

// Deterministic: the same file on every machine and run.
inline QString writeCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    quint64 state = 88172645463325252ULL;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    static const char *const kNames[]
        = {"alpha", "bravo", "charlie", "delta \"d\"", "echo, jr", "foxtrot", "golf", "hotel"};
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "id,day,created_at,name,amount,parent\n";
    char line[256];
    for (qint64 i = 1; i <= rows; ++i) {
        const quint64 r = next();
        const int dayOfYear = int(r % 365);
        const int month = dayOfYear / 31 + 1 > 12 ? 12 : dayOfYear / 31 + 1;
        const int day = dayOfYear % 28 + 1;
        const int seconds = int((r >> 16) % 86400);
        const char *name = kNames[(r >> 32) % 8];
        const bool quoted = std::strchr(name, '"') || std::strchr(name, ',');
        QByteArray escaped(name);
        escaped.replace("\"", "\"\"");
        const long cents = long((r >> 40) % 100000);
        int n = std::snprintf(line, sizeof line,
                              "%lld,2024-%02d-%02d,2024-%02d-%02d %02d:%02d:%02d,%s%s%s,%ld.%02ld,",
                              i, month, day, month, day, seconds / 3600, seconds / 60 % 60,
                              seconds % 60, quoted ? "\"" : "", escaped.constData(),
                              quoted ? "\"" : "", cents / 100, cents % 100);
        if (i % 5 != 0)
            n += std::snprintf(line + n, sizeof line - size_t(n), "%lld", (i * 7919) % rows + 1);
        line[n++] = '\n';
        chunk.append(line, n);
        if (chunk.size() > (1 << 20) - 256) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// Runs a script through the sqlite3 shell; returns wall ms and the ".timer" real times (ms).
inline double runShell(const QString &db, const QString &script,
                       std::vector<double> *timers = nullptr)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600'000))
        qFatal("sqlite3 shell did not finish");
    const double wall = timer.nsecsElapsed() / 1e6;
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    const QString errors = QString::fromUtf8(shell.readAllStandardError());
    if (!errors.trimmed().isEmpty())
        std::fprintf(stderr, "sqlite3: %s\n", qPrintable(errors));
    if (timers) {
        static const QRegularExpression kTime(QStringLiteral("Run Time: real ([0-9.]+)"));
        for (auto it = kTime.globalMatch(output); it.hasNext();)
            timers->push_back(it.next().captured(1).toDouble() * 1000.0);
    }
    return wall;
}

} // namespace Trellis::Bench
