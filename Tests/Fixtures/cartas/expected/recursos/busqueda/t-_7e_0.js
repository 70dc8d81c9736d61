window.LIBRO_BUSQUEDA.recibir("t-_7e_0",{"~0":[4,[0,1,0,1,1,1,1,6,2,1,4,1,3,2,5,1,6,1]]});
