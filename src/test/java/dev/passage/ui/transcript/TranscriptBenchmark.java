package dev.passage.ui.transcript;

import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Coding;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.session.SessionStores;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures the transcript view on a generated 300,000-character interview with 2,000 codings, on the JavaFX thread of a
 * headless (Monocle) toolkit: opening it (background read and layout, then display), applying one coding until the view
 * shows it, and scrolling through it page by page (UI-thread CPU time and wall clock per page), with diagnostics that take
 * the margins and the styles away and a plain RichTextFX area as the baseline. Run:
 * <pre>
 * mvn -q -B -Dpassage.buildDir=/tmp/b test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/b/cp.txt -Dmdep.includeScope=test
 * java -cp "/tmp/b/test-classes:/tmp/b/classes:$(cat /tmp/b/cp.txt)" -Dprism.order=sw dev.passage.ui.transcript.TranscriptBenchmark
 * </pre>
 * (JDK 25; arguments: characters and codings, default 300000 2000.)
 */
public final class TranscriptBenchmark {
    private TranscriptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;

        long g0 = System.nanoTime();
        LargeTranscript.Generated large = LargeTranscript.create(Files.createTempDirectory("passage-transcript-bench"), chars, codings);
        print("generated project: %,d characters, %,d codings in %.1f s", large.length(), large.codings(), (System.nanoTime() - g0) / 1e9);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        ProjectContext context = onFx(() -> new ProjectContext(large.session(), tasks, Messages.english()));
        TranscriptViewModel vm = onFx(() -> new TranscriptViewModel(context, new ScriptedDialogs()));
        TranscriptView view = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            TranscriptView v = new TranscriptView(vm, Messages.english());
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) v.root(), 1200, 780));
            stage.show();
            return v;
        });
        StyleClassedTextArea area = view.area();
        FrameGaps gaps = onFx(FrameGaps::new);

        for (int round = 1; round <= 5; round++) {
            // ---- open
            onFx(() -> {
                context.openDocumentProperty().set(null);
                return null;
            });
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong fxDisplay = new AtomicLong();
            onFx(() -> {
                vm.layoutUpdateProperty().addListener((obs, old, u) -> {
                    if (u != null && u.full() && shown.getCount() > 0) {
                        long t = System.nanoTime();
                        view.root().applyCss();
                        ((Parent) view.root()).layout();
                        fxDisplay.set(System.nanoTime() - t);
                        shown.countDown();
                    }
                });
                return null;
            });
            gaps.reset();
            long t0 = System.nanoTime();
            onFx(() -> {
                context.openDocumentProperty().set(large.documentId());
                return null;
            });
            shown.await(60, TimeUnit.SECONDS);
            long open = System.nanoTime() - t0;
            Thread.sleep(300);
            print("round %d  open + display with all codings: %6.0f ms (then first layout pass %4.0f ms); longest UI-thread stall %4.0f ms",
                  round, open / 1e6, fxDisplay.get() / 1e6, gaps.max() / 1e6);

            // ---- apply one coding until the view shows it
            CodingLayout layout = vm.layout();
            int start = layout.paragraphStart(layout.paragraphCount() / 2) + round;
            long codeId = large.codes().get(round).id();
            onFx(() -> {
                area.showParagraphAtTop(layout.paragraphOf(start) - 3);
                area.layout();
                area.selectRange(start, start + 25);
                return null;
            });
            CompletableFuture<Long> applied = new CompletableFuture<>();
            AtomicLong committedAt = new AtomicLong();
            long a0 = System.nanoTime();
            onFx(() -> {
                context.lastChangeProperty().addListener((obs, old, c) -> {
                    if (committedAt.get() == 0) {
                        committedAt.set(System.nanoTime() - a0);
                    }
                });
                vm.layoutUpdateProperty().addListener((obs, old, u) -> {
                    if (!applied.isDone() && area.getStyleOfChar(start + 1).contains("code-" + codeId)) {
                        area.layout();
                        applied.complete(System.nanoTime() - a0);
                    }
                });
                vm.applyCode(codeId);
                return null;
            });
            long appliedNs = applied.get(30, TimeUnit.SECONDS);
            long r0 = System.nanoTime();
            var codingsNow = SessionStores.of(large.session()).database().read(a -> {
                a.codes().list();
                a.codings().countsByCode();
                a.documents().name(large.documentId());
                a.documents().attributes(large.documentId());
                return a.codings().forDocument(large.documentId());
            });
            long r1 = System.nanoTime();
            CodingLayout relaid = vm.layout().withCodings(codingsNow);
            long r2 = System.nanoTime();
            vm.layout().changedRanges(relaid);
            long r3 = System.nanoTime();
            print("round %d    (the refresh after it: reading the codings %.1f ms, new layout %.1f ms, diff %.1f ms)", round, (r1 - r0) / 1e6,
                  (r2 - r1) / 1e6, (r3 - r2) / 1e6);
            print("round %d  apply one coding until shown: %6.1f ms (the core's write committed and reported after %.1f ms)", round,
                  appliedNs / 1e6, committedAt.get() / 1e6);

            // ---- scroll page by page
            onFx(() -> {
                area.showParagraphAtTop(0);
                area.layout();
                return null;
            });
            int before = onFx(view::marginsCreated);
            String pages = scrollThrough(area, view.root());
            print("round %d  scroll page by page: %s; margins made %,d for %,d paragraphs", round, pages,
                  onFx(view::marginsCreated) - before, onFx(() -> area.getParagraphs().size()));
            int lastCodings = vm.layout().codings().size();
            Coding any = vm.layout().codings().getLast();
            if (lastCodings < large.codings() || !onFx(() -> area.getStyleOfChar(any.start()).contains("code-" + any.codeId()))) {
                throw new IllegalStateException("the view does not show all codings");
            }
        }
        // what the parts cost: the same view without margins, then also without styles
        onFx(() -> {
            area.setParagraphGraphicFactory(null);
            area.showParagraphAtTop(0);
            area.layout();
            return null;
        });
        print("diagnostic  without margins (styles kept), scroll page by page: %s", scrollThrough(area, view.root()));
        onFx(() -> {
            vm.selectCoding(null);   // the layout update below puts the margins back
            area.setParagraphGraphicFactory(view.marginFactory());
            area.showParagraphAtTop(0);
            area.layout();
            return null;
        });
        print("diagnostic  with margins again, scroll page by page: %s", scrollThrough(area, view.root()));
        onFx(() -> {
            area.setParagraphGraphicFactory(null);
            return null;
        });
        onFx(() -> {
            area.clearStyle(0, area.getLength());
            area.showParagraphAtTop(0);
            area.layout();
            return null;
        });
        print("diagnostic  without margins and styles, scroll page by page: %s", scrollThrough(area, view.root()));

        // the same text in a plain RichTextFX area (no styles, no margins, same font): what the library itself costs
        StyleClassedTextArea plain = onFx(() -> {
            StyleClassedTextArea a = new StyleClassedTextArea(false);
            a.setWrapText(true);
            a.setEditable(false);
            a.getStyleClass().add("transcript-text");
            a.setStyle(area.getStyle());
            a.setPadding(area.getPadding());
            a.replaceText(area.getText());
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(new org.fxmisc.flowless.VirtualizedScrollPane<>(a));
            holder.getStylesheets().addAll(((Parent) view.root()).getStylesheets());
            view.area().getScene().setRoot(holder);
            holder.applyCss();
            holder.layout();
            return a;
        });
        for (int round = 1; round <= 2; round++) {
            onFx(() -> {
                plain.showParagraphAtTop(0);
                plain.layout();
                return null;
            });
            print("baseline round %d  plain area, same text without codings or margins, scroll page by page: %s", round,
                  scrollThrough(plain, plain.getScene().getRoot()));
        }
        tasks.close();
        Platform.exit();
        large.session().close();
        System.exit(0);
    }

    /** Scrolls from the top to the end, page by page (CSS and layout of each page on the FX thread); returns the timings. */
    private static String scrollThrough(StyleClassedTextArea area, javafx.scene.Node root) throws Exception {
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean more = true;
        while (more) {
            long[] r = onFx(() -> {
                long p0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                area.scrollYBy(area.getViewportHeight() * 0.95);
                root.applyCss();
                area.layout();
                return new long[] {System.nanoTime() - p0, threads.getCurrentThreadCpuTime() - c0,
                                   area.lastVisibleParToAllParIndex() < area.getParagraphs().size() - 1 ? 1 : 0};
            });
            wall.add(r[0]);
            cpu.add(r[1]);
            more = r[2] == 1;
        }
        return String.format(Locale.ROOT, "%d pages; UI-thread CPU per page %s; wall clock %s", wall.size(), stats(cpu), stats(wall));
    }

    private static String stats(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        double mean = v.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "mean %.1f / median %.1f / p95 %.1f / max %.1f ms", mean, v.get(v.size() / 2) / 1e6,
                             v.get((int) (v.size() * 0.95)) / 1e6, v.getLast() / 1e6);
    }

    /** The longest gap between animation pulses: how long the UI thread was busy at a stretch. */
    static final class FrameGaps extends AnimationTimer {
        private long last;
        private long max;

        FrameGaps() {
            start();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                max = Math.max(max, now - last);
            }
            last = now;
        }

        void reset() {
            last = 0;
            max = 0;
        }

        long max() {
            return max;
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    @SuppressWarnings("java:S106")
    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
