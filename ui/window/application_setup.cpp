#include "ui/window/application_setup.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QPalette>
#include <QStyleFactory>
#include <QTranslator>

#include "engine/build_config.h"
#include "engine/model_locator.h"

// Resources of a static library must be registered by name, outside any namespace.
static void initTagscopeResources() {
    Q_INIT_RESOURCE(tagscope);
}

namespace tagscope::ui {
namespace {

// A dark, low-glare palette: spectrograms and heat maps read best on a dark surround.
QPalette darkPalette() {
    const QColor window(0x23, 0x25, 0x29), base(0x1b, 0x1d, 0x20), text(0xdc, 0xde, 0xe2);
    const QColor accent(0x3d, 0x9b, 0xe9), disabled(0x74, 0x78, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x21, 0x23, 0x27));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x43));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x28, 0x2a, 0x2e));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x43));
    return p;
}

}  // namespace

bool noDisplayAvailable() {
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
           qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void setUpApplication(QApplication& app, const QLocale& locale) {
    initTagscopeResources();
    QCoreApplication::setApplicationName(QStringLiteral("Tagscope"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::kVersion));
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Tagscope"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tagscope"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tagscope.svg")));
    installTranslations(app, locale);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(darkPalette());
}

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    const auto load = [own](const QLocale& l) {
        return own->load(l, QStringLiteral("tagscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"));
    };
    // Without a translation for the locale, the English one still spells "%n track(s)" out.
    const bool found = load(locale);
    if (found || load(QLocale(QLocale::English, QLocale::UnitedStates)))
        QCoreApplication::installTranslator(own);
    return found;
}

QString samplesDir() {
    return QString::fromStdString(findSamplesDir());
}

}  // namespace tagscope::ui
