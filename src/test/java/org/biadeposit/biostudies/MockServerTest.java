package org.biadeposit.biostudies;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import okhttp3.mockwebserver.MockWebServer;

/** A test of the client against a MockWebServer on loopback: a fresh {@link #server} and fast {@link #client} each. */
abstract class MockServerTest {

	MockWebServer server;
	BioStudiesClient client;

	@BeforeEach
	void startServer() throws IOException {
		server = Http.server();
		client = Http.client(server);
	}

	@AfterEach
	void stopServer() throws IOException {
		client.close();
		server.shutdown();
	}
}
