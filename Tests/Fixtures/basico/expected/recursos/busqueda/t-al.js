window.LIBRO_BUSQUEDA.recibir("t-al",{"alianz":[3,[3,1,4,1,7,1,8,1,8,1,9,6]]});
