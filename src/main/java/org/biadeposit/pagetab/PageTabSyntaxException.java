package org.biadeposit.pagetab;

import java.io.IOException;

/**
 * A PageTab document or file list that BioStudies would not accept as written; the message names the file, the
 * line (or the place in the JSON) and what is wrong, e.g.
 * {@code file_list.tsv line 1: the first header cell must be 'Files', found 'File'}.
 */
public class PageTabSyntaxException extends IOException {

	private final String source;
	private final long line;
	private final String problem;

	/**
	 * @param source the file name, or what the text came from
	 * @param line the 1-based line, or 0 when the problem is not on one line
	 */
	public PageTabSyntaxException(String source, long line, String problem) {
		this(source, line, problem, null);
	}

	public PageTabSyntaxException(String source, long line, String problem, Throwable cause) {
		super(source + (line > 0 ? " line " + line : "") + ": " + problem, cause);
		this.source = source;
		this.line = line;
		this.problem = problem;
	}

	public String source() {
		return source;
	}

	/** The 1-based line, or 0 when the problem is not on one line. */
	public long line() {
		return line;
	}

	/** What is wrong, without the file and line. */
	public String problem() {
		return problem;
	}
}
