import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import {
  QUIZ_KINDS,
  type AreaQuestion,
  type ChoiceQuestion,
  type Question,
} from '../domain/quiz.ts';
import { sameArea } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { useQuizStore, type AnsweredQuestion } from '../state/quizStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { patternAreas } from '../domain/ranking.ts';
import { areaInText, areaName, zoneLabels } from './format.ts';
import { BodyAreaSelect } from './BodyAreaSelect.tsx';
import { LearnSheet } from './LearnSheet.tsx';

/** The quiz's panel: choose what to practise, answer ten questions, see how it went. */
export function QuizPanel({ children }: { children?: ReactNode }) {
  const round = useQuizStore((s) => s.round);
  const at = useQuizStore((s) => s.at);
  return (
    <LearnSheet className="quiz-panel" label="quiz.panel">
      {!round ? (
        <QuizSetup>{children}</QuizSetup>
      ) : at < round.length ? (
        <QuizQuestion key={`${round[at]!.card}:${at}`} question={round[at]!} />
      ) : (
        <RoundSummary />
      )}
    </LearnSheet>
  );
}

function QuizSetup({ children }: { children?: ReactNode }) {
  const t = useT();
  const kinds = useQuizStore((s) => s.kinds);
  const area = useQuizStore((s) => s.area);
  const { toggleKind, chooseArea, start } = useQuizStore.getState();
  return (
    <section className="quiz-setup" aria-labelledby="quiz-title">
      <p className="quiz-back">
        <Link href="/learn">{t('quiz.toAtlas')}</Link>
      </p>
      <h2 id="quiz-title">{t('quiz.title')}</h2>
      <p className="atlas-intro">{t('quiz.intro')}</p>
      <BodyAreaSelect className="quiz-field" label="quiz.area" value={area} onChange={chooseArea} />
      <fieldset className="quiz-kinds">
        <legend>{t('quiz.kinds')}</legend>
        {QUIZ_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={() => toggleKind(kind)}
            />{' '}
            {t('quiz.kind', { kind })}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="primary-button"
        disabled={kinds.length === 0}
        onClick={() => start()}
      >
        {t('quiz.start')}
      </button>
      {kinds.length === 0 && <p className="quiz-hint">{t('quiz.kinds.none')}</p>}
      {children}
    </section>
  );
}

/** "Question 3 of 10 · 2 right · streak 2", read out as it changes. */
function RoundStatus() {
  const t = useT();
  const round = useQuizStore((s) => s.round);
  const at = useQuizStore((s) => s.at);
  const answers = useQuizStore((s) => s.answers);
  const streak = useQuizStore((s) => s.streak);
  const right = answers.filter((a) => a.grade === 'right').length;
  return (
    <p className="quiz-status">
      <span>
        {t('quiz.position', {
          at: Math.min(at + 1, round?.length ?? 0),
          count: round?.length ?? 0,
        })}
      </span>
      <span>{t('quiz.score', { right })}</span>
      <span>{t('quiz.streak', { streak })}</span>
    </p>
  );
}

function QuizQuestion({ question }: { question: Question }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const answer = useQuizStore((s) => s.answers[s.at]);
  const { quit } = useQuizStore.getState();
  const entry = index.triggerPoint(question.triggerPointId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const tp = entry.triggerPoint;
  const prompt =
    question.kind === 'pattern'
      ? t('quiz.ask.pattern', { side: question.side })
      : question.kind === 'point'
        ? t('quiz.ask.point', { side: question.side })
        : t('quiz.ask.refers', {
            muscle: words.muscleName(question.muscleId),
            point: words.triggerPointName(tp.id),
            side: question.side,
          });
  return (
    <section className="quiz-question" aria-labelledby="quiz-prompt">
      <div className="details-nav">
        <button type="button" className="link-button" onClick={quit}>
          {t('quiz.quit')}
        </button>
      </div>
      <RoundStatus />
      <h2 id="quiz-prompt" ref={heading} tabIndex={-1}>
        {prompt}
      </h2>
      {question.kind === 'pattern' && (
        <ul className="pattern-legend quiz-clue">
          <li>
            <span className="swatch swatch-essential" aria-hidden="true" />{' '}
            {t('details.pattern.main', {
              areas: formatList(zoneLabels(words, tp.referral.essential, question.side)),
            })}
          </li>
          {tp.referral.spillover.length > 0 && (
            <li>
              <span className="swatch swatch-spillover" aria-hidden="true" />{' '}
              {t('details.pattern.sometimes', {
                areas: formatList(zoneLabels(words, tp.referral.spillover, question.side)),
              })}
            </li>
          )}
        </ul>
      )}
      {question.kind === 'point' && (
        <p className="quiz-clue">
          <span className="swatch swatch-x" aria-hidden="true">
            ✕
          </span>{' '}
          {t('quiz.clue.point', {
            area: words.regionLabel(tp.region),
            depth: tp.depth,
          })}
        </p>
      )}
      {question.kind === 'refers' ? (
        <AreaChoices question={question} answered={answer} />
      ) : (
        <MuscleChoices question={question} answered={answer} />
      )}
      {answer && <Feedback question={question} answered={answer} />}
    </section>
  );
}

function MuscleChoices({
  question,
  answered,
}: {
  question: ChoiceQuestion;
  answered: AnsweredQuestion | undefined;
}) {
  const t = useT();
  const words = useAtlasWords();
  const { chooseMuscle } = useQuizStore.getState();
  const chosen = answered?.answer.kind === 'choice' ? answered.answer.muscleId : undefined;
  return (
    <div className="quiz-choices" role="group" aria-label={t('quiz.choices')}>
      {question.choices.map((id) => {
        const state = !answered
          ? undefined
          : id === question.muscleId
            ? 'right'
            : id === chosen
              ? 'wrong'
              : undefined;
        return (
          <button
            key={id}
            type="button"
            className="quiz-choice"
            data-result={state}
            aria-pressed={answered ? id === chosen : undefined}
            aria-disabled={answered ? true : undefined}
            onClick={() => !answered && chooseMuscle(id)}
          >
            {words.muscleName(id)}
            {state && (
              <span className="quiz-choice-result">
                {t('quiz.choice.result', { result: state })}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

function AreaChoices({
  question,
  answered,
}: {
  question: AreaQuestion;
  answered: AnsweredQuestion | undefined;
}) {
  const t = useT();
  const words = useAtlasWords();
  const picks = useQuizStore((s) => s.picks);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const { togglePick, checkPicks } = useQuizStore.getState();
  const result = (area: (typeof question.options)[number]) => {
    if (!answered) return undefined;
    const picked = picks.some((p) => sameArea(p, area));
    const main = question.essential.some((a) => sameArea(a, area));
    const sometimes = question.spillover.some((a) => sameArea(a, area));
    if (main) return picked ? 'right' : 'missed';
    if (sometimes) return picked ? 'sometimes' : undefined;
    return picked ? 'wrong' : undefined;
  };
  // Areas picked on the body that the list does not offer are listed too, to unpick or judge.
  const listed = [
    ...question.options,
    ...picks.filter((p) => !question.options.some((o) => sameArea(o, p))),
  ];
  return (
    <>
      <p className="quiz-hint">{t(bodyAvailable ? 'quiz.refers.how' : 'quiz.refers.how.list')}</p>
      <fieldset className="quiz-areas" disabled={Boolean(answered)}>
        <legend className="visually-hidden">{t('quiz.refers.areas')}</legend>
        {listed.map((area) => {
          const state = result(area);
          return (
            <label key={`${area.side}.${area.region}`} data-result={state}>
              <input
                type="checkbox"
                checked={picks.some((p) => sameArea(p, area))}
                onChange={() => togglePick(area)}
              />{' '}
              {areaName(words, area)}
              {state && (
                <span className="quiz-choice-result">
                  {t('quiz.area.result', { result: state })}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      {!answered && (
        <button
          type="button"
          className="primary-button"
          disabled={picks.length === 0}
          onClick={checkPicks}
        >
          {t('quiz.check')}
        </button>
      )}
    </>
  );
}

function Feedback({ question, answered }: { question: Question; answered: AnsweredQuestion }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const round = useQuizStore((s) => s.round);
  const at = useQuizStore((s) => s.at);
  const { next } = useQuizStore.getState();
  const tp = index.triggerPoint(question.triggerPointId)!.triggerPoint;
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => nextButton.current?.focus(), []);
  const muscle = words.muscleName(question.muscleId);
  const point = words.triggerPointName(tp.id);
  const reason =
    question.kind === 'point'
      ? t('quiz.reason.point', {
          muscle,
          point,
          area: words.regionLabel(tp.region),
        })
      : t('quiz.reason.pattern', {
          muscle,
          point,
          areas: formatList(
            patternAreas(tp.referral.essential, question.side).map((a) => areaInText(words, a)),
          ),
        });
  const last = round ? at === round.length - 1 : true;
  return (
    <div className="quiz-feedback" data-grade={answered.grade} role="status">
      <p className="quiz-verdict">
        {question.kind === 'refers'
          ? t('quiz.verdict.areas', {
              grade: answered.grade,
              percent: Math.round(answered.credit * 100),
            })
          : t('quiz.verdict.choice', { grade: answered.grade, muscle })}
      </p>
      <p>{reason}</p>
      <button ref={nextButton} type="button" className="primary-button" onClick={next}>
        {t(last ? 'quiz.finish' : 'quiz.next')}
      </button>
    </div>
  );
}

function RoundSummary() {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const round = useQuizStore((s) => s.round) ?? [];
  const answers = useQuizStore((s) => s.answers);
  const bestStreak = useQuizStore((s) => s.bestStreak);
  const { start, quit } = useQuizStore.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const right = answers.filter((a) => a.grade === 'right').length;
  return (
    <section className="quiz-summary" aria-labelledby="quiz-summary-title">
      <h2 id="quiz-summary-title" ref={heading} tabIndex={-1}>
        {t('quiz.summary.title', { right, count: round.length })}
      </h2>
      <p>{t('quiz.summary.streak', { streak: bestStreak })}</p>
      <ol className="quiz-review">
        {round.map((q, i) => {
          const a = answers[i];
          const tp = index.triggerPoint(q.triggerPointId);
          return (
            <li key={q.card} data-grade={a?.grade}>
              <span className="quiz-review-grade">
                {t('quiz.grade', { grade: a?.grade ?? 'wrong' })}
              </span>{' '}
              {t('quiz.review.item', {
                kind: q.kind,
                muscle: words.muscleName(q.muscleId),
                point: tp ? words.triggerPointName(tp.triggerPoint.id) : '',
              })}
            </li>
          );
        })}
      </ol>
      <div className="quiz-actions">
        <button type="button" className="primary-button" onClick={() => start()}>
          {t('quiz.again')}
        </button>
        <button type="button" className="link-button" onClick={quit}>
          {t('quiz.setup')}
        </button>
      </div>
    </section>
  );
}
