window.LIBRO_BUSQUEDA.recibir("t-al",{"alianz":[3,[3,1,4,1,4,1,4,1,1,1,1,6]]});
