package dev.passage.model;

/** What a variable describes: an organisational unit (case), a document (e.g. interviewee role), or a survey respondent. */
public enum VariableScope {
    UNIT, DOCUMENT, RESPONDENT
}
