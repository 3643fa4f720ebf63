package org.tarikh.review.scheduler;

/** No steps: every answer gives a day interval (ts-fsrs 5.4.2 src/impl/long_term_scheduler.ts LongTermScheduler). */
final class LongTermScheduler {

    private LongTermScheduler() {
    }

    /**
     * again <= hard < good < easy, all to Review. Learning/Relearning cards are treated as Review cards, so Again
     * counts a lapse for them too; a New card's Again does not (ts newState / learningState / reviewState).
     */
    static NextStates next(ReviewContext c) {
        MemoryState again = c.memory(Rating.AGAIN);
        MemoryState hard = c.memory(Rating.HARD);
        MemoryState good = c.memory(Rating.GOOD);
        MemoryState easy = c.memory(Rating.EASY);
        long againIvl = c.interval(again.stability());
        long hardIvl = c.interval(hard.stability());
        long goodIvl = c.interval(good.stability());
        long easyIvl = c.interval(easy.stability());
        againIvl = Math.min(againIvl, hardIvl);
        hardIvl = Math.max(hardIvl, againIvl + 1);
        goodIvl = Math.max(goodIvl, hardIvl + 1);
        easyIvl = Math.max(easyIvl, goodIvl + 1);
        int lapses = c.last.lapses();
        int againLapses = c.last.state() == State.NEW ? lapses : lapses + 1;
        return new NextStates(
                c.outcome(Rating.AGAIN, c.reviewCard(again, againIvl, againLapses)),
                c.outcome(Rating.HARD, c.reviewCard(hard, hardIvl, lapses)),
                c.outcome(Rating.GOOD, c.reviewCard(good, goodIvl, lapses)),
                c.outcome(Rating.EASY, c.reviewCard(easy, easyIvl, lapses)));
    }
}
