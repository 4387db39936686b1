/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.DisciplineKind;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access Discipline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.AccessDisciplineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.AccessDisciplineImpl#getWriter <em>Writer</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.AccessDisciplineImpl#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.AccessDisciplineImpl#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.AccessDisciplineImpl#getControl <em>Control</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessDisciplineImpl extends MinimalEObjectImpl.Container implements AccessDiscipline {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DisciplineKind KIND_EDEFAULT = DisciplineKind.UNSYNCHRONISED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DisciplineKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The cached value of the '{@link #getWriter() <em>Writer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriter()
	 * @generated
	 * @ordered
	 */
	protected WasmModule writer;

	/**
	 * The cached value of the '{@link #getProducer() <em>Producer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected WasmModule producer;

	/**
	 * The cached value of the '{@link #getConsumer() <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumer()
	 * @generated
	 * @ordered
	 */
	protected WasmModule consumer;

	/**
	 * The cached value of the '{@link #getControl() <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControl()
	 * @generated
	 * @ordered
	 */
	protected Subpartition control;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessDisciplineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.ACCESS_DISCIPLINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisciplineKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DisciplineKind newKind) {
		DisciplineKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.ACCESS_DISCIPLINE__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		DisciplineKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.ACCESS_DISCIPLINE__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmModule getWriter() {
		if (writer != null && writer.eIsProxy()) {
			InternalEObject oldWriter = (InternalEObject)writer;
			writer = (WasmModule)eResolveProxy(oldWriter);
			if (writer != oldWriter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.ACCESS_DISCIPLINE__WRITER, oldWriter, writer));
			}
		}
		return writer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmModule basicGetWriter() {
		return writer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriter(WasmModule newWriter) {
		WasmModule oldWriter = writer;
		writer = newWriter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.ACCESS_DISCIPLINE__WRITER, oldWriter, writer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmModule getProducer() {
		if (producer != null && producer.eIsProxy()) {
			InternalEObject oldProducer = (InternalEObject)producer;
			producer = (WasmModule)eResolveProxy(oldProducer);
			if (producer != oldProducer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER, oldProducer, producer));
			}
		}
		return producer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmModule basicGetProducer() {
		return producer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducer(WasmModule newProducer) {
		WasmModule oldProducer = producer;
		producer = newProducer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER, oldProducer, producer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmModule getConsumer() {
		if (consumer != null && consumer.eIsProxy()) {
			InternalEObject oldConsumer = (InternalEObject)consumer;
			consumer = (WasmModule)eResolveProxy(oldConsumer);
			if (consumer != oldConsumer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER, oldConsumer, consumer));
			}
		}
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmModule basicGetConsumer() {
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsumer(WasmModule newConsumer) {
		WasmModule oldConsumer = consumer;
		consumer = newConsumer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER, oldConsumer, consumer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subpartition getControl() {
		if (control != null && control.eIsProxy()) {
			InternalEObject oldControl = (InternalEObject)control;
			control = (Subpartition)eResolveProxy(oldControl);
			if (control != oldControl) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.ACCESS_DISCIPLINE__CONTROL, oldControl, control));
			}
		}
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subpartition basicGetControl() {
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControl(Subpartition newControl) {
		Subpartition oldControl = control;
		control = newControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.ACCESS_DISCIPLINE__CONTROL, oldControl, control));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.ACCESS_DISCIPLINE__KIND:
				return getKind();
			case WasmpartPackage.ACCESS_DISCIPLINE__WRITER:
				if (resolve) return getWriter();
				return basicGetWriter();
			case WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER:
				if (resolve) return getProducer();
				return basicGetProducer();
			case WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER:
				if (resolve) return getConsumer();
				return basicGetConsumer();
			case WasmpartPackage.ACCESS_DISCIPLINE__CONTROL:
				if (resolve) return getControl();
				return basicGetControl();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.ACCESS_DISCIPLINE__KIND:
				setKind((DisciplineKind)newValue);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__WRITER:
				setWriter((WasmModule)newValue);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER:
				setProducer((WasmModule)newValue);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER:
				setConsumer((WasmModule)newValue);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONTROL:
				setControl((Subpartition)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WasmpartPackage.ACCESS_DISCIPLINE__KIND:
				unsetKind();
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__WRITER:
				setWriter((WasmModule)null);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER:
				setProducer((WasmModule)null);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER:
				setConsumer((WasmModule)null);
				return;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONTROL:
				setControl((Subpartition)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WasmpartPackage.ACCESS_DISCIPLINE__KIND:
				return isSetKind();
			case WasmpartPackage.ACCESS_DISCIPLINE__WRITER:
				return writer != null;
			case WasmpartPackage.ACCESS_DISCIPLINE__PRODUCER:
				return producer != null;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONSUMER:
				return consumer != null;
			case WasmpartPackage.ACCESS_DISCIPLINE__CONTROL:
				return control != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AccessDisciplineImpl
