window.LIBRO_BUSQUEDA.recibir("t-eq",{"equip":[4,[35,1,50,5,1,1,3,1,3,1,15,1,3,1,18,6]]});
