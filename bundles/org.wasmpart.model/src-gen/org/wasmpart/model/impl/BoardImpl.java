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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.Board;
import org.wasmpart.model.Core;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.BoardImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.BoardImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.BoardImpl#getPart <em>Part</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.BoardImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.BoardImpl#getBanks <em>Banks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoardImpl extends IdentifiedImpl implements Board {
	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPart() <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPart()
	 * @generated
	 * @ordered
	 */
	protected static final String PART_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPart() <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPart()
	 * @generated
	 * @ordered
	 */
	protected String part = PART_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected EList<Core> cores;

	/**
	 * The cached value of the '{@link #getBanks() <em>Banks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBanks()
	 * @generated
	 * @ordered
	 */
	protected EList<MemoryBank> banks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.BOARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, WasmpartPackage.BOARD__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.BOARD__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPart() {
		return part;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPart(String newPart) {
		String oldPart = part;
		part = newPart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.BOARD__PART, oldPart, part));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Core> getCores() {
		if (cores == null) {
			cores = new EObjectContainmentEList<Core>(Core.class, this, WasmpartPackage.BOARD__CORES);
		}
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemoryBank> getBanks() {
		if (banks == null) {
			banks = new EObjectContainmentEList<MemoryBank>(MemoryBank.class, this, WasmpartPackage.BOARD__BANKS);
		}
		return banks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.BOARD__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.BOARD__CORES:
				return ((InternalEList<?>)getCores()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.BOARD__BANKS:
				return ((InternalEList<?>)getBanks()).basicRemove(otherEnd, msgs);
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
			case WasmpartPackage.BOARD__SOURCES:
				return getSources();
			case WasmpartPackage.BOARD__VENDOR:
				return getVendor();
			case WasmpartPackage.BOARD__PART:
				return getPart();
			case WasmpartPackage.BOARD__CORES:
				return getCores();
			case WasmpartPackage.BOARD__BANKS:
				return getBanks();
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
			case WasmpartPackage.BOARD__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case WasmpartPackage.BOARD__VENDOR:
				setVendor((String)newValue);
				return;
			case WasmpartPackage.BOARD__PART:
				setPart((String)newValue);
				return;
			case WasmpartPackage.BOARD__CORES:
				getCores().clear();
				getCores().addAll((Collection<? extends Core>)newValue);
				return;
			case WasmpartPackage.BOARD__BANKS:
				getBanks().clear();
				getBanks().addAll((Collection<? extends MemoryBank>)newValue);
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
			case WasmpartPackage.BOARD__SOURCES:
				getSources().clear();
				return;
			case WasmpartPackage.BOARD__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case WasmpartPackage.BOARD__PART:
				setPart(PART_EDEFAULT);
				return;
			case WasmpartPackage.BOARD__CORES:
				getCores().clear();
				return;
			case WasmpartPackage.BOARD__BANKS:
				getBanks().clear();
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
			case WasmpartPackage.BOARD__SOURCES:
				return sources != null && !sources.isEmpty();
			case WasmpartPackage.BOARD__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case WasmpartPackage.BOARD__PART:
				return PART_EDEFAULT == null ? part != null : !PART_EDEFAULT.equals(part);
			case WasmpartPackage.BOARD__CORES:
				return cores != null && !cores.isEmpty();
			case WasmpartPackage.BOARD__BANKS:
				return banks != null && !banks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (derivedFeatureID) {
				case WasmpartPackage.BOARD__SOURCES: return WasmpartPackage.SOURCED__SOURCES;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseFeatureID) {
				case WasmpartPackage.SOURCED__SOURCES: return WasmpartPackage.BOARD__SOURCES;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (vendor: ");
		result.append(vendor);
		result.append(", part: ");
		result.append(part);
		result.append(')');
		return result.toString();
	}

} //BoardImpl
