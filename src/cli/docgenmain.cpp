// SPDX-License-Identifier: Apache-2.0
// sdsm-docgen OUTPUT_FOLDER: writes santedb-session's man page and shell completions there
// (build time only; not installed).
#include "buildinfo.h"
#include "docgen.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("usage: sdsm-docgen OUTPUT_FOLDER\n", stderr);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.mkpath(u"."_s)) {
        std::fprintf(stderr, "sdsm-docgen: cannot create %s\n", argv[1]);
        return 1;
    }
    for (const auto &document :
         sdsm::cli::docgen::documents(sdsm::buildinfo::version(), sdsm::buildinfo::releaseDate())) {
        QFile file(folder.filePath(document.fileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(document.text.toUtf8()) < 0 || !file.flush()) {
            std::fprintf(stderr, "sdsm-docgen: cannot write %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
