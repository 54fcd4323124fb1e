// Writes the shared benchmark mesh: generate_mesh FOLDER [PROJECTS] [MODELS_PER_PROJECT]
#include "meshgenerator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: generate_mesh FOLDER [PROJECTS] [MODELS_PER_PROJECT]\n");
        return 2;
    }
    Trellis::Bench::MeshShape shape;
    if (args.size() > 2)
        shape.projects = args.at(2).toInt();
    if (args.size() > 3)
        shape.modelsPerProject = args.at(3).toInt();
    const QString error = Trellis::Bench::MeshGenerator::write(args.at(1), shape);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
