/** Read-only progress: due counts, streak, true retention, mastery per topic, forecast, heatmap, quiz scores. */
package org.tarikh.progress;
