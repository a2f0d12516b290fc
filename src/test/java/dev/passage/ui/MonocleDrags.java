package dev.passage.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Works around a Monocle bug that makes robot drags leak from one test class into the next.
 *
 * <p>Monocle's {@code MouseInput} remembers the view of the first mouse drag ({@code dragView}) and forgets it only when a
 * platform drag-and-drop ends. After a plain drag (selecting text, no drag-and-drop) it keeps pointing at that window's view,
 * so the next drag-and-drop in another window first sends "drag left" to the closed window and fails with "dropTargetAssistant
 * is null". A test that makes a plain drag calls {@link #forgetPlainDrag()} after it.
 */
public final class MonocleDrags {
    private MonocleDrags() {
    }

    /**
     * Clears Monocle's remembered drag view, as the end of a drag-and-drop would, on the event thread once the drag's events
     * are handled. No-op off Monocle.
     */
    public static void forgetPlainDrag() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(MonocleDrags::clearDragView).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the FX thread did not clear Monocle's drag view", e);
        }
    }

    private static void clearDragView() {
        try {
            Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            var getInstance = mouseInput.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object instance = getInstance.invoke(null);
            Field dragView = mouseInput.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance, null);
        } catch (ClassNotFoundException notMonocle) {
            // a real screen: nothing to forget
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Monocle changed: cannot clear MouseInput.dragView", e);
        }
    }
}
