// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace sdsm::gui {

// An icon drawn from one of the app's SVG files, optionally in one colour (its shape filled with
// `tint`). Qt's SVG icon engine parses a file when an icon is made and again for every size and
// mode it draws, behind a plugin loaded at the first icon: for the 25 icons of the main window,
// a twentieth of its start-up. These icons parse each file once, when first drawn, share that parse
// with every icon of the same file, and keep each size they draw.
QIcon svgIcon(const QString &file, std::optional<QColor> tint = std::nullopt);

} // namespace sdsm::gui
