package org.excerpta.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A view's refresh after each change of the project, run only while the view can be seen: a view
 * in a hidden tab marks itself stale and refreshes once when shown again. Counting or listing over
 * a million codings after every coding made elsewhere would cost the window a third of a second
 * each time for a view no one is looking at.
 */
final class RefreshWhenShown {

	private final Control seen;
	private final Runnable refresh;
	private boolean stale;

	/**
	 * @param parent the view's composite, told when the view is shown again
	 * @param seen a control of the view whose visibility says whether the view is seen
	 * @param refresh the view's refresh, which must call {@link #refreshed} (it may also run for other reasons)
	 */
	RefreshWhenShown(Composite parent, Control seen, Runnable refresh) {
		this.seen = seen;
		this.refresh = refresh;
		parent.addListener(SWT.Show, e -> {
			if (stale) {
				refresh.run();
			}
		});
	}

	/** The project changed: refresh now if the view is seen, else when it is shown. */
	void changed() {
		if (seen.isDisposed()) {
			return;
		}
		if (seen.isVisible()) {
			refresh.run();
		} else {
			stale = true;
		}
	}

	/** The view has just refreshed: it follows the project again. */
	void refreshed() {
		stale = false;
	}

	/** Whether the view waits to be shown again to follow the project's last changes. */
	boolean isStale() {
		return stale;
	}
}
