package dev.passage.ui.common.actions;

/** The workbench's menus, left to right, each with the message key of its title. */
public enum TopMenu {
    FILE("app.menu.file"),
    EDIT("app.menu.edit"),
    VIEW("app.menu.view"),
    CODE("app.menu.code"),
    ANALYSE("app.menu.analyse"),
    HELP("app.menu.help");

    private final String titleKey;

    TopMenu(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
