// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sdsm {

// Installs the translations of the product (the core's, the CLI's and the desktop app's, one set
// embedded under :/i18n by the sdsm_translations library) and Qt's own (qtbase, where the system
// has them) for `choice` — a language such as "fr", "pt_BR" or "es-419" from the settings — or,
// when `choice` is empty, for the system's language: on Unix LANGUAGE (a colon list), then
// LC_ALL, LC_MESSAGES and LANG, as gettext reads them; elsewhere the UI language. "C" and "POSIX"
// mean English. The translators live as long as `app`; a later call replaces them.
//
// Returns the language installed, as a lower-case ISO 639 code ("fr", "es", "pt"), or "en" when
// the text stays in English (English chosen, or no translation for the languages asked).
QString installTranslations(QCoreApplication &app, const QString &choice = {});

// The languages the product is translated into, as ISO 639 codes ("es", "fr", "pt"), sorted; for
// the desktop app's language choice. English, the source language, is not listed.
QStringList availableLanguages();

} // namespace sdsm
