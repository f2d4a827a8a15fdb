#include "plan/StatusStyle.h"

#include <QCoreApplication>

namespace pd {

QColor StatusStyle::color(Status status)
{
    switch (status) {
    case Status::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::OnTrack:
        return QColor(0x15, 0x65, 0xc0);
    case Status::SlightlyBehind:
        return QColor(0xe6, 0x8a, 0x00);
    case Status::Behind:
        return QColor(0xc6, 0x28, 0x28);
    case Status::NoData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor StatusStyle::lightColor(Status status)
{
    QColor c = color(status);
    return QColor::fromHslF(c.hslHueF(), c.hslSaturationF() * 0.6, 0.90);
}

QString StatusStyle::symbol(Status status)
{
    // Shapes that every CJK font carries, distinct in outline as well as colour.
    switch (status) {
    case Status::Done:
        return QStringLiteral("★");
    case Status::OnTrack:
        return QStringLiteral("●");
    case Status::SlightlyBehind:
        return QStringLiteral("▲");
    case Status::Behind:
        return QStringLiteral("■");
    case Status::NoData:
        break;
    }
    return QStringLiteral("○");
}

QString StatusStyle::label(Status status)
{
    switch (status) {
    case Status::Done:
        return QCoreApplication::translate("Status", "Done");
    case Status::OnTrack:
        return QCoreApplication::translate("Status", "On track");
    case Status::SlightlyBehind:
        return QCoreApplication::translate("Status", "Slightly behind");
    case Status::Behind:
        return QCoreApplication::translate("Status", "Behind");
    case Status::NoData:
        break;
    }
    return QCoreApplication::translate("Status", "No data");
}

} // namespace pd
