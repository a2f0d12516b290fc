package dev.passage.cases;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.Unit;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.ArrayList;
import java.util.List;

/** Places documents in units (creating units named for the first time); undo puts them back and removes the units it created. */
final class LinkUnitsCommand implements EditCommand {
    /** One document's move: from unit {@code before} (null: none) to the unit named {@code unit}. */
    record Move(long documentId, Long before, String unit) {
    }

    private final Text label;
    private final List<Move> moves;
    private List<Unit> created;

    LinkUnitsCommand(Text label, List<Move> moves) {
        this.label = label;
        this.moves = List.copyOf(moves);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (created == null) {
            created = new ArrayList<>();
            NameIndex units = new NameIndex(tx.units().idsByName());
            for (Move m : moves) {
                Long id = units.find(m.unit());
                if (id == null) {
                    id = tx.units().ensure(m.unit(), null);
                    units.add(m.unit(), id);
                    created.add(new Unit(id, m.unit(), null));
                }
                tx.documents().setUnit(m.documentId(), id);
            }
        } else {
            created.forEach(tx.units()::restore);
            NameIndex units = new NameIndex(tx.units().idsByName());
            moves.forEach(m -> tx.documents().setUnit(m.documentId(), units.find(m.unit())));
        }
    }

    @Override
    public void undo(Tx tx) {
        moves.forEach(m -> tx.documents().setUnit(m.documentId(), m.before()));
        created.forEach(u -> tx.units().delete(u));
    }

    /** The units the first execution created. */
    List<Unit> createdUnits() {
        return created == null ? List.of() : List.copyOf(created);
    }

    @Override
    public EditRecord audit(Tx tx) {
        if (moves.size() == 1) {
            Move m = moves.getFirst();
            return EditRecord.of("document.link", "document", m.documentId(), dev.passage.coding.AuditNames.documentName(tx, m.documentId()))
                             .withBefore(EditRecord.values("unit", m.before() == null ? null : tx.units().idsByName().entrySet().stream()
                                                                                                  .filter(e -> e.getValue().equals(m.before()))
                                                                                                  .map(java.util.Map.Entry::getKey)
                                                                                                  .findFirst().orElse("unit " + m.before())))
                             .withAfter(EditRecord.values("unit", m.unit(), "new_units", created.size()));
        }
        return EditRecord.of("document.link", "document", null, moves.size() + " documents")
                         .withCount(moves.size())
                         .withAfter(EditRecord.values("documents", moves.size(), "units",
                                                      moves.stream().map(Move::unit).distinct().count(), "new_units", created.size()));
    }
}
