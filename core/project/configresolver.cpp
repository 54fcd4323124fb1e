#include "configresolver.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

namespace Trellis::Core {

namespace {

enum class MergeBehavior { Clobber, Append, Update, DictKeyAppend };

MergeBehavior behaviorOf(const QString &key)
{
    static const QSet<QString> append{QStringLiteral("tags"), QStringLiteral("pre-hook"),
                                      QStringLiteral("post-hook"), QStringLiteral("packages")};
    static const QSet<QString> update{QStringLiteral("meta"), QStringLiteral("quoting"),
                                      QStringLiteral("column_types"),
                                      QStringLiteral("persist_docs"), QStringLiteral("docs"),
                                      QStringLiteral("contract")};
    if (append.contains(key))
        return MergeBehavior::Append;
    if (update.contains(key))
        return MergeBehavior::Update;
    if (key == QLatin1String("grants"))
        return MergeBehavior::DictKeyAppend;
    return MergeBehavior::Clobber;
}

QJsonArray listify(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QJsonArray appendUnique(QJsonArray list, const QJsonArray &more)
{
    for (const QJsonValue &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
    return list;
}

bool isConfigKey(const QString &key, const QJsonValue &value)
{
    return key.startsWith(QLatin1Char('+')) || !value.isObject();
}

} // namespace

QString ConfigMerger::normalizeKey(const QString &key)
{
    QString normalized = key.startsWith(QLatin1Char('+')) ? key.mid(1) : key;
    if (normalized == QLatin1String("pre_hook"))
        return QStringLiteral("pre-hook");
    if (normalized == QLatin1String("post_hook"))
        return QStringLiteral("post-hook");
    return normalized;
}

QJsonObject ConfigMerger::normalizeKeys(const QJsonObject &config)
{
    QJsonObject normalized;
    for (auto it = config.begin(); it != config.end(); ++it)
        normalized.insert(normalizeKey(it.key()), it.value());
    return normalized;
}

void ConfigMerger::merge(QJsonObject &base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QString key = normalizeKey(it.key());
        const QJsonValue current = base.value(key);
        switch (behaviorOf(key)) {
        case MergeBehavior::Clobber:
            base.insert(key, it.value());
            break;
        case MergeBehavior::Append:
            base.insert(key, appendUnique(listify(current), listify(it.value())));
            break;
        case MergeBehavior::Update: {
            if (!it.value().isObject()) {
                base.insert(key, it.value());
                break;
            }
            QJsonObject merged = current.toObject();
            const QJsonObject more = it.value().toObject();
            for (auto field = more.begin(); field != more.end(); ++field)
                merged.insert(field.key(), field.value());
            base.insert(key, merged);
            break;
        }
        case MergeBehavior::DictKeyAppend: {
            QJsonObject merged = current.toObject();
            const QJsonObject more = it.value().toObject();
            for (auto grant = more.begin(); grant != more.end(); ++grant) {
                // dbt appends grantees only for privileges written with a leading '+'.
                if (grant.key().startsWith(QLatin1Char('+'))) {
                    const QString privilege = grant.key().mid(1);
                    merged.insert(privilege, appendUnique(listify(merged.value(privilege)),
                                                          listify(grant.value())));
                } else {
                    merged.insert(grant.key(), listify(grant.value()));
                }
            }
            base.insert(key, merged);
            break;
        }
        }
    }
}

ProjectConfigTree::ProjectConfigTree(QJsonObject tree)
    : m_tree(std::move(tree))
{}

QJsonObject ProjectConfigTree::configFor(const QStringList &fqn) const
{
    QJsonObject config;
    QJsonObject level = m_tree;
    for (qsizetype depth = 0;; ++depth) {
        QJsonObject levelConfig;
        for (auto it = level.begin(); it != level.end(); ++it) {
            if (isConfigKey(it.key(), it.value()))
                levelConfig.insert(it.key(), it.value());
        }
        ConfigMerger::merge(config, levelConfig);
        if (depth >= fqn.size())
            break;
        const QJsonValue next = level.value(fqn.at(depth));
        if (!next.isObject())
            break;
        level = next.toObject();
    }
    return config;
}

QList<QStringList> ProjectConfigTree::unusedPaths(const QList<QStringList> &fqns) const
{
    QList<QStringList> unused;
    const std::function<void(const QJsonObject &, QStringList)> visit =
        [&](const QJsonObject &level, QStringList path) {
            for (auto it = level.begin(); it != level.end(); ++it) {
                if (isConfigKey(it.key(), it.value()))
                    continue;
                QStringList child = path;
                child.append(it.key());
                const bool used = std::any_of(fqns.begin(), fqns.end(), [&](const QStringList &fqn) {
                    return fqn.size() >= child.size() && fqn.mid(0, child.size()) == child;
                });
                if (used)
                    visit(it.value().toObject(), child);
                else
                    unused.append(child);
            }
        };
    visit(m_tree, {});
    return unused;
}

} // namespace Trellis::Core
