/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.Board;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.CatalogImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.CatalogImpl#getBoards <em>Boards</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.CatalogImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.CatalogImpl#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.CatalogImpl#getMemoryOptions <em>Memory Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogImpl extends MinimalEObjectImpl.Container implements Catalog {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoards() <em>Boards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoards()
	 * @generated
	 * @ordered
	 */
	protected EList<Board> boards;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ReservedEntryProfile> profiles;

	/**
	 * The cached value of the '{@link #getRuntimes() <em>Runtimes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimes()
	 * @generated
	 * @ordered
	 */
	protected EList<RuntimeProfile> runtimes;

	/**
	 * The cached value of the '{@link #getMemoryOptions() <em>Memory Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<MemoryOption> memoryOptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.CATALOG__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Board> getBoards() {
		if (boards == null) {
			boards = new EObjectContainmentEList<Board>(Board.class, this, WasmpartPackage.CATALOG__BOARDS);
		}
		return boards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReservedEntryProfile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<ReservedEntryProfile>(ReservedEntryProfile.class, this, WasmpartPackage.CATALOG__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuntimeProfile> getRuntimes() {
		if (runtimes == null) {
			runtimes = new EObjectContainmentEList<RuntimeProfile>(RuntimeProfile.class, this, WasmpartPackage.CATALOG__RUNTIMES);
		}
		return runtimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemoryOption> getMemoryOptions() {
		if (memoryOptions == null) {
			memoryOptions = new EObjectContainmentEList<MemoryOption>(MemoryOption.class, this, WasmpartPackage.CATALOG__MEMORY_OPTIONS);
		}
		return memoryOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.CATALOG__BOARDS:
				return ((InternalEList<?>)getBoards()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.CATALOG__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.CATALOG__RUNTIMES:
				return ((InternalEList<?>)getRuntimes()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.CATALOG__MEMORY_OPTIONS:
				return ((InternalEList<?>)getMemoryOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.CATALOG__NAME:
				return getName();
			case WasmpartPackage.CATALOG__BOARDS:
				return getBoards();
			case WasmpartPackage.CATALOG__PROFILES:
				return getProfiles();
			case WasmpartPackage.CATALOG__RUNTIMES:
				return getRuntimes();
			case WasmpartPackage.CATALOG__MEMORY_OPTIONS:
				return getMemoryOptions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.CATALOG__NAME:
				setName((String)newValue);
				return;
			case WasmpartPackage.CATALOG__BOARDS:
				getBoards().clear();
				getBoards().addAll((Collection<? extends Board>)newValue);
				return;
			case WasmpartPackage.CATALOG__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends ReservedEntryProfile>)newValue);
				return;
			case WasmpartPackage.CATALOG__RUNTIMES:
				getRuntimes().clear();
				getRuntimes().addAll((Collection<? extends RuntimeProfile>)newValue);
				return;
			case WasmpartPackage.CATALOG__MEMORY_OPTIONS:
				getMemoryOptions().clear();
				getMemoryOptions().addAll((Collection<? extends MemoryOption>)newValue);
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
			case WasmpartPackage.CATALOG__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WasmpartPackage.CATALOG__BOARDS:
				getBoards().clear();
				return;
			case WasmpartPackage.CATALOG__PROFILES:
				getProfiles().clear();
				return;
			case WasmpartPackage.CATALOG__RUNTIMES:
				getRuntimes().clear();
				return;
			case WasmpartPackage.CATALOG__MEMORY_OPTIONS:
				getMemoryOptions().clear();
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
			case WasmpartPackage.CATALOG__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WasmpartPackage.CATALOG__BOARDS:
				return boards != null && !boards.isEmpty();
			case WasmpartPackage.CATALOG__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case WasmpartPackage.CATALOG__RUNTIMES:
				return runtimes != null && !runtimes.isEmpty();
			case WasmpartPackage.CATALOG__MEMORY_OPTIONS:
				return memoryOptions != null && !memoryOptions.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //CatalogImpl
