// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sdsm::gui {

// One app per profile file: a second start with the same file raises the first window instead
// of opening another (a local socket in the runtime folder, named after the file). The demo, a
// screenshot run, another --config and --new-instance are instances of their own.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profilesFile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket for this profile file: the runtime folder and a digest of the file's path.
    static QString socketName(const QString &profilesFile);
    QString name() const { return m_name; }

    // Asks a running instance to show itself; true when one took the request (this process
    // should then end). Runs before any window exists, so its short wait freezes nothing.
    bool handOver();
    // Becomes the instance others hand over to. False when the socket cannot be made (then this
    // instance simply runs on its own).
    bool listen();

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace sdsm::gui
