#include "meshgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <vector>

namespace Trellis::Bench {

namespace {

// A small linear congruential generator: std:: distributions differ between standard libraries,
// and the mesh must be identical everywhere.
class Random
{
public:
    explicit Random(quint32 seed) : m_state(seed) {}
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint32(bound)); }

private:
    quint32 m_state;
};

enum class Layer { Staging, Intermediate, Marts };

Layer layerOf(int model, int models)
{
    if (model < models / 10)
        return Layer::Staging;
    if (model < models / 2)
        return Layer::Intermediate;
    return Layer::Marts;
}

QString folderOf(Layer layer)
{
    switch (layer) {
    case Layer::Staging:
        return QStringLiteral("staging");
    case Layer::Intermediate:
        return QStringLiteral("intermediate");
    case Layer::Marts:
        break;
    }
    return QStringLiteral("marts");
}

bool isPublic(int model, int models)
{
    return layerOf(model, models) == Layer::Marts && model % 10 == 0;
}

bool writeFile(const QString &path, const QString &text, QString &error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString MeshGenerator::projectName(int index)
{
    return QStringLiteral("proj_%1").arg(index, 2, 10, QLatin1Char('0'));
}

QString MeshGenerator::modelName(int project, int model)
{
    return QStringLiteral("p%1_m%2").arg(project).arg(model, 4, 10, QLatin1Char('0'));
}

QString MeshGenerator::write(const QString &folder, const MeshShape &shape)
{
    Random random(shape.seed);
    QString error;
    const int models = shape.modelsPerProject;
    for (int p = 0; p < shape.projects; ++p) {
        const QString name = projectName(p);
        const QString root = folder + QLatin1Char('/') + name;
        QStringList upstream;
        if (p > 0)
            upstream.append(projectName(p - 1));
        if (p > 1 && p / 2 != p - 1)
            upstream.append(projectName(p / 2));

        if (!writeFile(root + QStringLiteral("/dbt_project.yml"),
                       QStringLiteral("name: %1\nversion: '1.0.0'\nconfig-version: 2\nprofile: bench\n"
                                      "models:\n  %1:\n    staging:\n      +materialized: view\n"
                                      "    intermediate:\n      +materialized: ephemeral\n      +access: private\n"
                                      "      +group: %1_team\n    marts:\n      +materialized: table\n"
                                      "      +group: %1_team\n")
                           .arg(name),
                       error))
            return error;
        if (!upstream.isEmpty()) {
            QString dependencies = QStringLiteral("projects:\n");
            for (const QString &project : upstream)
                dependencies += QStringLiteral("  - name: %1\n").arg(project);
            if (!writeFile(root + QStringLiteral("/dependencies.yml"), dependencies, error))
                return error;
        }

        // Seeds and sources over them.
        QString sources = QStringLiteral("version: 2\nsources:\n  - name: raw\n    schema: raw\n"
                                         "    tables:\n");
        for (int t = 0; t < 3; ++t) {
            QString csv = QStringLiteral("id,label,amount,created_at\n");
            for (int row = 0; row < 20; ++row)
                csv += QStringLiteral("%1,item %1,%2,2026-01-%3\n").arg(row).arg(random.below(10000)).arg(1 + row % 28, 2, 10, QLatin1Char('0'));
            if (!writeFile(root + QStringLiteral("/seeds/raw_%1.csv").arg(t), csv, error))
                return error;
            sources += QStringLiteral("      - name: raw_%1\n        columns:\n          - name: id\n"
                                      "            data_tests: [unique, not_null]\n").arg(t);
        }
        QString groups = QStringLiteral("version: 2\ngroups:\n  - name: %1_team\n    owner:\n"
                                        "      name: Team %1\n      email: %1@example.com\n").arg(name);
        if (!writeFile(root + QStringLiteral("/models/staging/_sources.yml"), sources, error)
            || !writeFile(root + QStringLiteral("/models/_groups.yml"), groups, error))
            return error;

        std::vector<QString> yaml(3, QStringLiteral("version: 2\nmodels:\n"));
        for (int m = 0; m < models; ++m) {
            const Layer layer = layerOf(m, models);
            const QString model = modelName(p, m);
            QString sql;
            QStringList parents;
            if (layer == Layer::Staging) {
                parents.append(QStringLiteral("{{ source('raw', 'raw_%1') }}").arg(random.below(3)));
            } else {
                const int count = 1 + random.below(3);
                for (int k = 0; k < count && m > 0; ++k) {
                    // Parents come from earlier layers' ranges, so the graph stays acyclic and
                    // private intermediates are only read inside the project's group.
                    const int parent = random.below(layer == Layer::Intermediate ? m : models / 2);
                    parents.append(QStringLiteral("{{ ref('%1') }}").arg(modelName(p, parent)));
                }
                if (layer == Layer::Marts && !upstream.isEmpty() && m % 7 == 0) {
                    const QString project = upstream.at(random.below(int(upstream.size())));
                    const int projectIndex = project.mid(5).toInt();
                    const int publicModel = models / 2 + 10 * random.below((models - models / 2) / 10);
                    parents.append(QStringLiteral("{{ ref('%1', '%2') }}")
                                       .arg(project, modelName(projectIndex, publicModel)));
                }
            }
            if (m % 25 == 5)
                sql += QStringLiteral("{{ config(tags=['hourly']) }}\n");
            sql += QStringLiteral("{%- set measures = ['amount', 'quantity', 'discount'] %}\n");
            sql += QStringLiteral("with\n");
            for (int k = 0; k < parents.size(); ++k)
                sql += QStringLiteral("input_%1 as (select * from %2)%3\n").arg(k).arg(parents[k], k + 1 < parents.size() ? QStringLiteral(",") : QString());
            sql += QStringLiteral("select\n    id,\n    label,\n"
                                  "    {%- for measure in measures %}\n"
                                  "    sum({{ measure }}) as total_{{ measure }}{{ ',' if not loop.last }}\n"
                                  "    {%- endfor %}\nfrom input_0\ngroup by 1, 2\n");
            const bool versioned = layer == Layer::Marts && m == models - 1;
            const QString file = root + QStringLiteral("/models/%1/%2%3.sql")
                                            .arg(folderOf(layer), model, versioned ? QStringLiteral("_v2") : QString());
            if (!writeFile(file, sql, error))
                return error;
            if (versioned && !writeFile(root + QStringLiteral("/models/marts/%1_v1.sql").arg(model), sql, error))
                return error;

            QString entry = QStringLiteral("  - name: %1\n    description: Model %2 of %3.\n").arg(model).arg(m).arg(name);
            if (isPublic(m, models) || versioned) {
                entry += QStringLiteral("    config:\n      access: public\n      contract: {enforced: true}\n");
            }
            if (versioned)
                entry += QStringLiteral("    latest_version: 2\n    versions:\n      - v: 1\n        deprecation_date: 2027-12-31\n      - v: 2\n");
            entry += QStringLiteral("    columns:\n      - name: id\n        data_type: integer\n"
                                    "        constraints: [{type: not_null}]\n        data_tests: [unique, not_null]\n"
                                    "      - name: label\n        data_type: varchar\n");
            for (const char *measure : {"amount", "quantity", "discount"})
                entry += QStringLiteral("      - name: total_%1\n        data_type: numeric\n").arg(QLatin1String(measure));
            yaml[size_t(layer)] += entry;
        }
        for (int layer = 0; layer < 3; ++layer) {
            if (!writeFile(root + QStringLiteral("/models/%1/_%1__models.yml").arg(folderOf(Layer(layer))),
                           yaml[size_t(layer)], error))
                return error;
        }
    }
    return {};
}

} // namespace Trellis::Bench
