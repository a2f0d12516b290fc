package dev.passage.ui.transcript;

import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The coding stripes beside the transcript's paragraphs: makes a {@link CodingMargin} for each paragraph on screen (the
 * text area's paragraph graphics), keeps track of the live ones to refresh or recolour them, and answers their clicks and
 * hovers (select the coding; its info card after a short delay).
 */
final class TranscriptMargins {
    private final TranscriptViewModel vm;
    private final Messages messages;
    private final StyleClassedTextArea area;
    private final CodingInfoCard infoCard;
    private final CardPlacement placement;
    private final Supplier<CodingLayout> layout;
    private final BooleanSupplier cardOpen;
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(400));
    private final Map<Integer, WeakReference<CodingMargin>> live = new HashMap<>();
    private final Map<Long, Color> colours = new HashMap<>();
    private final CodingMargin.Host host = new Host();
    private int created;

    TranscriptMargins(TranscriptViewModel vm, Messages messages, StyleClassedTextArea area, CodingInfoCard infoCard, CardPlacement placement,
                      Supplier<CodingLayout> layout, BooleanSupplier cardOpen) {
        this.vm = vm;
        this.messages = messages;
        this.area = area;
        this.infoCard = infoCard;
        this.placement = placement;
        this.layout = layout;
        this.cardOpen = cardOpen;
    }

    /** The paragraph graphic factory: a margin for paragraph {@code paragraph}. */
    Node margin(int paragraph) {
        created++;
        CodingMargin m = new CodingMargin(paragraph, host);
        live.put(paragraph, new WeakReference<>(m));
        return m;
    }

    /** How many margins the graphic factory has made (it is only called for paragraphs on screen). */
    int created() {
        return created;
    }

    /** The margins currently on screen. */
    List<CodingMargin> live() {
        List<CodingMargin> out = new ArrayList<>();
        for (WeakReference<CodingMargin> ref : live.values()) {
            CodingMargin m = ref.get();
            if (m != null && m.getScene() != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** Forgets the margins (the text was replaced). */
    void clear() {
        live.clear();
    }

    /** New margins for every paragraph on screen (the whole layout changed). */
    void rebuild() {
        area.setParagraphGraphicFactory(null);
        live.clear();
        area.setParagraphGraphicFactory(this::margin);
    }

    /** Rebuilds the bars of margins on screen whose stripes (or selection) changed; nothing else is touched. */
    void refresh() {
        Iterator<Map.Entry<Integer, WeakReference<CodingMargin>>> it = live.entrySet().iterator();
        while (it.hasNext()) {
            CodingMargin m = it.next().getValue().get();
            if (m == null || m.getScene() == null) {
                it.remove();
            } else {
                m.refresh();
            }
        }
    }

    /** The codes' colours changed. */
    void recolour() {
        colours.clear();
        for (CodingMargin m : live()) {
            m.recolour();
        }
    }

    void stop() {
        hoverDelay.stop();
    }

    private final class Host implements CodingMargin.Host {
        @Override
        public CodingLayout layout() {
            return layout.get();
        }

        @Override
        public Long selectedCodingId() {
            return vm.selectedCodingProperty().get();
        }

        @Override
        public void stripeClicked(long codingId) {
            infoCard.hide();
            vm.selectCoding(codingId);
            area.requestFocus();
        }

        @Override
        public void stripeHovered(long codingId, Node bar) {
            hoverDelay.setOnFinished(e -> {
                if (bar.getScene() == null || cardOpen.getAsBoolean()) {
                    return;
                }
                vm.codingInfo(codingId).ifPresent(info -> {
                    infoCard.show(List.of(info));
                    Bounds b = bar.localToScreen(bar.getBoundsInLocal());
                    if (b != null) {
                        placement.near(infoCard, new Point2D(b.getMaxX(), b.getMinY()));
                    }
                });
            });
            hoverDelay.playFromStart();
        }

        @Override
        public void hoverEnded() {
            hoverDelay.stop();
            infoCard.hide();
        }

        @Override
        public Locale locale() {
            return messages.locale();
        }

        @Override
        public String codeName(long codeId) {
            return vm.codebookProperty().get().find(codeId).map(c -> c.name()).orElse("");
        }

        @Override
        public double[] lineSpan(CodingMargin margin, int paragraph, int from, int to) {
            return CodingMargin.lineSpan(margin, from, to);
        }

        @Override
        public Color stripeColour(CodingLayout.Stripe stripe) {
            CodingLayout l = layout.get();
            if (!vm.colourStripesByCoderProperty().get() || l == null) {
                return colour(stripe.codeId());
            }
            var coding = l.coding(stripe.codingId());
            return coding == null ? Color.GRAY : dev.passage.ui.common.CoderColours.of(coding.coder(), vm.coders());
        }

        @Override
        public Color colour(long codeId) {
            return colours.computeIfAbsent(codeId, id -> vm.codebookProperty().get().find(id)
                                                            .map(c -> CodeColours.parse(c.colour())).orElse(Color.GRAY));
        }
    }
}
