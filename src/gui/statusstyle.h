// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profilestatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace sdsm::gui {

// The desktop app's status language: one icon shape and one colour per status, made from the
// current palette so they read on light and dark backgrounds alike. The shape and a label always
// travel with the colour, so nothing relies on colour alone.
namespace statusstyle {

// A colour for text and icons of this tone with a contrast of at least 4.5:1 (WCAG AA) against
// the palette's Base and Window colours; Neutral is the palette's own text colour.
QColor toneColour(StatusTone tone, const QPalette &palette);
// The same tone as a background behind palette Text (a light tint on light palettes, a dark one on
// dark palettes).
QColor toneBackground(StatusTone tone, const QPalette &palette);
// The status's icon (check, clock, hourglass, warning sign, slashed circle, arrows, dashed
// circle) drawn in its tone's colour.
QIcon icon(ProfileStatus status, const QPalette &palette);
// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace statusstyle

} // namespace sdsm::gui
