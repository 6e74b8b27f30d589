package cn.chainscout.pipeline.ui;

import java.util.List;

import cn.chainscout.pipeline.HistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A lead's history: when, who, what, which field, from → to, with stages in words. */
final class HistoryGrid extends Grid<HistoryEntry> {

    HistoryGrid(List<HistoryEntry> history) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(history);
        setAllRowsVisible(true);
        addColumn(e -> Texts.time(e.at())).setHeader(getTranslation("pipeline.history.at")).setWidth("10em").setFlexGrow(0);
        addColumn(HistoryEntry::actor).setHeader(getTranslation("pipeline.history.actor")).setFlexGrow(1);
        addColumn(e -> getTranslation("pipeline.action." + e.action())).setHeader(getTranslation("pipeline.history.action")).setFlexGrow(1);
        addColumn(e -> e.field() == null ? "" : getTranslation("pipeline.field." + e.field())).setHeader(getTranslation("pipeline.history.field")).setFlexGrow(1);
        addColumn(e -> value(e, e.from()) + " → " + value(e, e.to())).setHeader(getTranslation("pipeline.history.change")).setFlexGrow(4);
    }

    private String value(HistoryEntry e, String v) {
        if (v == null) {
            return "—";
        }
        return switch (e.field() == null ? "" : e.field()) {
            case "stage" -> getTranslation("pipeline.stage." + v);
            case "projectStage" -> getTranslation("project.stage." + v);
            default -> v;
        };
    }
}
