// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QString>

// Answers of a hostile server (the --fault names), built so that a client's limits and its
// redaction can be proven against them.
namespace sdsm::emu::hostile {

// Bytes a gzip body inflates to: 1 GiB of zeros.
inline constexpr qint64 gzipBombInflatedSize = qint64(1) << 30;

// A complete gzip member of about 1 MB that inflates to gzipBombInflatedSize bytes; built once,
// on first use, in a few milliseconds.
const QByteArray &gzipBomb();

// Every credential of the request (client secret, password, each Basic header's secret and its
// id:secret pair) in each encoding a careless server could echo: percent-encoded with reserved
// characters kept, double percent-encoded, hex in both cases, UTF-8 read as Latin-1, base64 and
// base64url at each of the three alignments, and the whole form body in base64 and base64url at
// each alignment. One line of plain text, labelled so tests can find each form.
QString echoEncoded(const RecordedRequest &request);

} // namespace sdsm::emu::hostile
