window.LIBRO_BUSQUEDA.recibir("t-pi",{"pide":[2,[33,1,46,1,3,1,11,1]],"pilot":[4,[37,1,59,1,1,1,4,1,2,1,12,1,1,1,9,1]]});
