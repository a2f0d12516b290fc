package dev.passage.ui.common.actions;

/**
 * Where an action sits in the menus: its menu, its group (groups are separated by a line) and its order in the group;
 * {@code submenuKey} (the message key of a submenu's title) puts it in a submenu that sits where its first item would.
 */
public record MenuPlace(TopMenu menu, int group, int order, String submenuKey) implements Comparable<MenuPlace> {

    public static MenuPlace of(TopMenu menu, int group, int order) {
        return new MenuPlace(menu, group, order, null);
    }

    /** The same place, inside the submenu titled {@code submenuKey}. */
    public MenuPlace inSubmenu(String key) {
        return new MenuPlace(menu, group, order, key);
    }

    @Override
    public int compareTo(MenuPlace o) {
        int c = menu.compareTo(o.menu);
        if (c == 0) {
            c = Integer.compare(group, o.group);
        }
        return c != 0 ? c : Integer.compare(order, o.order);
    }
}
