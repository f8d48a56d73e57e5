package io.qqhi.input;

/**
 * Why a leaf value is missing, as a code (the words are the report's, docs/formats.md, language):
 * the survey sample was too small, a figure was not sent, the formula could not be computed
 * (division by zero), or a figure was unusable.
 *
 * @param sample for {@link Reason#SURVEY_THIN}: the smallest effective sample of the place's items
 */
public record MissingWhy(Reason reason, int sample) {
    public enum Reason {
        SURVEY_THIN("why.survey-thin"), NOT_SENT("why.not-sent"), NOT_COMPUTABLE("why.not-computable"), BAD_DATA("why.bad-data");

        /** The message-bundle key of its words. */
        public final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    public static MissingWhy of(Reason reason) {
        return new MissingWhy(reason, 0);
    }

    public boolean thinSurvey() {
        return reason == Reason.SURVEY_THIN;
    }
}
