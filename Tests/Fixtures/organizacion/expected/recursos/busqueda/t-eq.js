window.LIBRO_BUSQUEDA.recibir("t-eq",{"equip":[4,[35,1,50,5,36,1,53,1,39,1,68,1,42,1,86,6]]});
