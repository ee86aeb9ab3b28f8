package org.excerpta.core;

import java.util.Date;

import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.Memo;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.model.VariableValue;

/** Makes new model objects, each with its own fresh GUID, ready to be added to a project by a command. */
public final class ModelElements {

	private static final ExcerptaFactory F = ExcerptaFactory.eINSTANCE;

	private ModelElements() {
	}

	public static User user(String name, String id) {
		User u = F.createUser();
		u.setGuid(ProjectStore.newGuid());
		u.setName(name);
		u.setId(id);
		return u;
	}

	public static Code code(String name, String color, String definition, boolean codable) {
		Code c = F.createCode();
		c.setGuid(ProjectStore.newGuid());
		c.setName(name);
		c.setColor(color);
		c.setDescription(definition);
		c.setCodable(codable);
		return c;
	}

	public static Variable variable(String name, VariableType type) {
		Variable v = F.createVariable();
		v.setGuid(ProjectStore.newGuid());
		v.setName(name);
		v.setType(type);
		return v;
	}

	public static VariableValue value(Variable variable, String lexicalValue) {
		VariableValue v = F.createVariableValue();
		v.setGuid(ProjectStore.newGuid());
		v.setVariable(variable);
		v.setValue(lexicalValue);
		return v;
	}

	public static Case aCase(String name) {
		Case c = F.createCase();
		c.setGuid(ProjectStore.newGuid());
		c.setName(name);
		return c;
	}

	/** A text source; its text is set by the caller (stored file or inline content). */
	public static TextSource textSource(String name, SourceKind kind, User creator) {
		TextSource s = F.createTextSource();
		s.setGuid(ProjectStore.newGuid());
		s.setName(name);
		s.setKind(kind);
		s.setCreated(new Date());
		s.setCreatingUser(creator);
		return s;
	}

	public static SpeakerTurn turn(String speaker, int start, int end, Long timestampMillis) {
		SpeakerTurn t = F.createSpeakerTurn();
		t.setGuid(ProjectStore.newGuid());
		t.setSpeaker(speaker);
		t.setStart(start);
		t.setEnd(end);
		t.setTimestampMillis(timestampMillis);
		return t;
	}

	public static Memo memo(String name, String text, User author) {
		Memo m = F.createMemo();
		m.setGuid(ProjectStore.newGuid());
		m.setName(name);
		m.setText(text);
		m.setCreatingUser(author);
		m.setCreated(new Date());
		return m;
	}
}
