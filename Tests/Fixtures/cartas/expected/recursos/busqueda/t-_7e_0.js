window.LIBRO_BUSQUEDA.recibir("t-_7e_0",{"~0":[4,[0,1,0,1,1,1,1,6,1,1,3,1,1,2,1,1,1,1]]});
