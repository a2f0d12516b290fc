package dev.passage.ui.coders;

import dev.passage.coders.CoderView;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.MenuPlace;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** View › Show codings of (me, chosen coders…, everyone), View › Colour stripes by coder, and File › Blind coding…. */
public final class CodersActions {
    public CodersActions(ActionRegistry registry, CodersViewModel vm, ProjectContext context) {
        registry.add(action("coders:showMine", "coders.menu.me", vm::showMe)
            .selectedWhen(vm.kindProperty().isEqualTo(CoderView.Kind.ME))
            .in(MenuPlace.of(TopMenu.VIEW, 2, 10).inSubmenu("coders.menu.showCodingsOf")));
        registry.add(action("coders:showChosen", "coders.menu.chosen", vm::chooseCoders)
            .selectedWhen(vm.kindProperty().isEqualTo(CoderView.Kind.CHOSEN))
            .in(MenuPlace.of(TopMenu.VIEW, 2, 20).inSubmenu("coders.menu.showCodingsOf")));
        registry.add(action("coders:showEveryone", "coders.menu.everyone", vm::showEveryone)
            .selectedWhen(vm.kindProperty().isEqualTo(CoderView.Kind.EVERYONE))
            .in(MenuPlace.of(TopMenu.VIEW, 2, 30).inSubmenu("coders.menu.showCodingsOf")));
        registry.add(action("coders:colourByCoder", "coders.menu.colourByCoder", vm::toggleColourByCoder)
            .selectedWhen(context.colourStripesByCoderProperty()).in(TopMenu.VIEW, 2, 40));
        registry.add(action("coders:blind", "coders.menu.blind", vm::blindCoding).in(TopMenu.FILE, 3, 20));
    }
}
