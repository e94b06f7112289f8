package org.biadeposit.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** An error answer: thrown by an endpoint, turned into the HTTP response by the server. */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int status;
	final transient JsonNode body;

	private ApiError(int status, String message, JsonNode body) {
		super(message, null, false, false);
		this.status = status;
		this.body = body;
	}

	/** A ValidationTree whose top node is {@code message} and has one sub-node per detail. */
	static ApiError tree(int status, String message, List<String> details) {
		return new ApiError(status, message, Json.validationTree(message, details));
	}

	/** A ValidationTree with one node. */
	static ApiError tree(int status, String message) {
		return tree(status, message, List.of());
	}

	/** Spring Security's shape, {@code {"message": ...}}. */
	static ApiError plain(int status, String message) {
		return new ApiError(status, message, Json.message(message));
	}

	/** The error for a path that leaves the user folder (BioStudies' PathFilesService text). */
	static ApiError noPermission(String path) {
		return tree(400, "The user does not have permission for accessing path '" + path + "'");
	}
}
