package cn.chainscout.backup.ui;

import cn.chainscout.backup.BackupService;
import cn.chainscout.common.user.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/** 备份与恢复: download the whole graph as one file; restoring is a command (docs/security.md). */
@Route("backup")
@RolesAllowed(Roles.ADMIN)
class BackupView extends VerticalLayout implements HasDynamicTitle {

    BackupView(BackupService backups) {
        addClassName("cs-page");
        DownloadHandler download = event -> {
            event.setFileName(backups.fileName());
            event.setContentType("application/gzip");
            backups.backup(event.getOutputStream());
        };
        Anchor link = new Anchor(download, getTranslation("backup.download"));
        link.setId("backup-download");
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        Paragraph restore = new Paragraph(getTranslation("backup.restoreHelp"));
        restore.setId("backup-restore-help");
        add(new H1(getTranslation("nav.backup")), new Paragraph(getTranslation("backup.intro")), link, restore);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup") + " · " + getTranslation("app.short");
    }
}
