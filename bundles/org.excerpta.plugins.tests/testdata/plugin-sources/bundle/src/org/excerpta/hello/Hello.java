package org.excerpta.hello;

public final class Hello {
	public static String greet() {
		return "hello from a plugin";
	}
}
