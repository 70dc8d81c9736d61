window.LIBRO_BUSQUEDA.recibir("t-h",{"h":[3,[2,1,4,10,3,3,5,8,6,1,8,1,4,1,11,6]]});
