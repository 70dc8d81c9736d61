window.LIBRO_BUSQUEDA.recibir("t-3",{"3":[4,[0,1,0,1,5,1,6,10,1,1,1,10,1,1,1,10]]});
