package org.biadeposit.rembi.yaml;

import java.util.List;
import java.util.stream.Collectors;

import org.biadeposit.rembi.Problem;

/** deposit.yaml has errors; all problems found (errors and warnings) come with it, one per line in the message. */
public class DepositYamlException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public DepositYamlException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
