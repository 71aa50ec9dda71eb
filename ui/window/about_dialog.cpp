#include "ui/window/about_dialog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

#include "engine/build_config.h"

namespace tagscope::ui {

void showAboutDialog(QWidget* parent) {
    const QString text =
        QStringLiteral("<h3>Tagscope %1</h3>").arg(QString::fromLatin1(build::kVersion)) +
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate(
                "AboutDialog",
                "A desktop music auto-tagger: 50 Last.fm tags per track, "
                "over time, from two pretrained networks.")) +
        QStringLiteral(
            "<p>%1<br><i>Automatic Tagging using Deep Convolutional Neural "
            "Networks</i>, ISMIR 2016.</p>")
            .arg(QCoreApplication::translate(
                "AboutDialog", "Networks: Keunwoo Choi, George Fazekas and Mark Sandler,")) +
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate("AboutDialog",
                                             "Pretrained weights © 2016 Keunwoo Choi, MIT licence "
                                             "(keunwoochoi/music-auto_tagging-keras).")) +
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate("AboutDialog",
                                             "Sample music: www.bensound.com (\"Music: "
                                             "www.bensound.com\").")) +
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate("AboutDialog", "Built with Qt %1.")
                     .arg(QString::fromLatin1(qVersion())));
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("AboutDialog", "About Tagscope"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/tagscope.svg")).pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

}  // namespace tagscope::ui
